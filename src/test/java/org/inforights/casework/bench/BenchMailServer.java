package org.inforights.casework.bench;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * The benchmark's in-process SMTP server: GreenMail, with Nagle's algorithm off on its connections.
 *
 * <p>GreenMail writes and flushes each line of a reply on its own. With Nagle's algorithm on, the
 * second line of a multi-line reply (the answer to EHLO) waits until the client acknowledges the
 * first, and the client delays that acknowledgement by up to 40 ms: every letter then took about
 * 60 ms of waiting on the test server, more than the rest of the case's acknowledgement step. A
 * real mail relay answers in one write; the benchmark measures the application, not that stall.
 */
final class BenchMailServer extends GreenMail {

  BenchMailServer() {
    super(ServerSetupTest.SMTP.dynamicPort());
  }

  @Override
  protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
    Map<String, AbstractServer> services = super.createServices(config, managers);
    for (ServerSetup setup : config) {
      if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
        services.put(setup.getProtocol(), new NoDelaySmtpServer(setup, managers));
      }
    }
    return services;
  }

  /** An SMTP server whose accepted connections send each reply line at once. */
  private static final class NoDelaySmtpServer extends SmtpServer {

    NoDelaySmtpServer(ServerSetup setup, Managers managers) {
      super(setup, managers);
    }

    @Override
    protected void handleClientSocket(Socket socket) throws SocketException {
      socket.setTcpNoDelay(true);
      super.handleClientSocket(socket);
    }
  }
}
