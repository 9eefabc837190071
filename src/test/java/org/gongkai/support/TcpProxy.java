package org.gongkai.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A TCP proxy on a port of this machine in front of a server (the database), that a test can cut:
 * {@link #cut()} drops every open connection and refuses new ones, as a network partition or a
 * database failover would look to the application; {@link #restore()} listens again on the same
 * port.
 */
public final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong connections = new AtomicLong();
  private volatile @Nullable ServerSocket listener;

  private TcpProxy(String targetHost, int targetPort, int port) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.port = port;
  }

  /** A proxy on a free port of 127.0.0.1 to the target, listening at once. */
  public static TcpProxy to(String targetHost, int targetPort) {
    TcpProxy proxy = new TcpProxy(targetHost, targetPort, KafkaServerProcess.freePort());
    proxy.restore();
    return proxy;
  }

  public int port() {
    return port;
  }

  /** How many connections the proxy has accepted since it started. */
  public long connectionsAccepted() {
    return connections.get();
  }

  /** Drops every connection at once and refuses new ones until {@link #restore()}. */
  public synchronized void cut() {
    ServerSocket current = listener;
    listener = null;
    closeQuietly(current);
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  /** Listens (again) on the proxy's port. */
  public synchronized void restore() {
    if (listener != null) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      listener = socket;
      Thread accepting = new Thread(() -> accept(socket), "tcp-proxy-" + port);
      accepting.setDaemon(true);
      accepting.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    cut();
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket(targetHost, targetPort);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        open.add(client);
        open.add(server);
        connections.incrementAndGet();
        pump(client, server);
        pump(server, client);
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        // the target refused: the client sees its connection closed
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // one side went away: close both below
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "tcp-proxy-pump-" + port);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(@Nullable AutoCloseable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (Exception e) {
        // already closed
      }
    }
  }
}
