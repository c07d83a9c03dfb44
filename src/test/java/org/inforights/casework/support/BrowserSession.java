package org.inforights.casework.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a browser test class, with what every such class needs: pages, screenshots in
 * {@code target/browser-screenshots/}, a screenshot and the page's HTML where a test failed, and
 * signing in to a Camunda webapp. Register it as {@code @RegisterExtension static final
 * BrowserSession browser = new BrowserSession();} beside {@code @ExtendWith(Chromium.Required.class)},
 * which decides first whether the class runs at all.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

  public static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

  private Chromium chromium;
  private Page lastPage;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    chromium = Chromium.start();
    // the webapps load many scripts; a build machine shared with other builds can be slow
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }

  /** A failed test leaves a screenshot of where it stopped and the page's HTML. */
  @Override
  public void afterTestExecution(ExtensionContext context) throws IOException {
    if (context.getExecutionException().isPresent() && lastPage != null && !lastPage.isClosed()) {
      String name = "failed-" + context.getRequiredTestMethod().getName();
      screenshot(lastPage, name);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), lastPage.url() + "\n" + lastPage.content());
    }
  }

  /** A new page in the class's browser; the one a failure is pictured from. */
  public Page newPage() {
    lastPage = chromium.newPage();
    return lastPage;
  }

  /**
   * A new page signed in to a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}) of
   * the application at {@code baseUrl} as {@code user} (the demo users' password is their name).
   * Waits until Angular has taken the typed values, or a fast click signs in with empty ones.
   */
  public Page signIn(String baseUrl, String app, String user) {
    Page page = newPage();
    page.navigate(baseUrl + "/camunda/app/" + app + "/");
    page.waitForLoadState(LoadState.NETWORKIDLE);
    Locator name = page.locator("input[type=text]");
    Locator password = page.locator("input[type=password]");
    name.fill(user);
    password.fill(user);
    expect(page.locator("input[type=password].ng-not-empty")).hasCount(1);
    expect(name).hasValue(user);
    page.locator("button[type=submit]").click();
    expect(password).isHidden();
    return page;
  }

  /** Saves a picture of the page as {@code target/browser-screenshots/<name>.png}. */
  public static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
  }

  /** Playwright's waiting assertions on a locator. */
  public static LocatorAssertions expect(Locator locator) {
    return PlaywrightAssertions.assertThat(locator);
  }
}
