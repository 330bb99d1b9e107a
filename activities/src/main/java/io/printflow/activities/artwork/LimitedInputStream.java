package io.printflow.activities.artwork;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Passes bytes through until a limit, then fails: a source that lied about its size is caught. */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private final Supplier<RuntimeException> overLimit;
  private long count;

  LimitedInputStream(InputStream in, long limit, Supplier<RuntimeException> overLimit) {
    super(in);
    this.limit = limit;
    this.overLimit = overLimit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      count(read);
    }
    return read;
  }

  private void count(int read) {
    count += read;
    if (count > limit) {
      throw overLimit.get();
    }
  }
}
