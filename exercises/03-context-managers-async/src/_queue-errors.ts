/** Python `asyncio.QueueEmpty`: `getNowait()` on an empty queue. */
export class QueueEmpty extends Error {
  override name = 'QueueEmpty';
  constructor(message = 'the queue is empty') {
    super(message);
  }
}

/** Python `asyncio.QueueFull`: `putNowait()` on a full queue. */
export class QueueFull extends Error {
  override name = 'QueueFull';
  constructor(message = 'the queue is full') {
    super(message);
  }
}
