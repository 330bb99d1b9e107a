package io.printflow.sandbox.printfileoms;

/** A print file's documented statuses, as the OMS spells them. */
enum PrintFileStage {
  RECEIVED("received"),
  PROCESSING("processing"),
  READY("ready"),
  PROCESSING_FAILED("processingfailed");

  final String status;

  PrintFileStage(String status) {
    this.status = status;
  }
}
