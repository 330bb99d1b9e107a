package io.printflow.activities.artwork;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports how many bytes have passed, every {@code step} bytes and at the end. */
final class ProgressInputStream extends FilterInputStream {

  private final LongConsumer progress;
  private final long step;
  private long count;
  private long reported;

  ProgressInputStream(InputStream in, LongConsumer progress, long step) {
    super(in);
    this.progress = progress;
    this.step = step;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    advance(b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    advance(read);
    return read;
  }

  private void advance(int read) {
    if (read > 0) {
      count += read;
    }
    if (count - reported >= step || (read < 0 && count > reported)) {
      reported = count;
      progress.accept(count);
    }
  }
}
