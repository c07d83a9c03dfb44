package org.inforights.casework.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Who exists at start-up: the demo users, or only the administrator named by the environment. */
@ConfigurationProperties("casework")
record IdentityProperties(Demo demo, Admin admin) {

  IdentityProperties {
    demo = demo == null ? new Demo(false, false) : demo;
    admin = admin == null ? new Admin("admin", null) : admin;
  }

  record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("true") boolean cases) {}

  record Admin(@DefaultValue("admin") String userId, String password) {}
}
