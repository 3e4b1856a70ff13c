"""How the engines cut a stream of articles into the partitions they send to workers.

A partition's cost is close to proportional to its characters (coding the
Guardian articles took 3.3-4.8 µs of CPU per character whatever their length),
so partitions are bounded by characters, not by a count of articles: eight
articles of one 58,000-character feature cost as much as twenty short reports.

The last partitions decide when a run ends: a worker that takes a large one
while the other has nothing left leaves a core idle.  So partitions shrink
towards the end ("guided" scheduling): each holds at most the characters still
to send divided by twice the number of workers, down to one article.  The rule
needs only a look-ahead of ``2 * workers * target`` characters, so that a
stream of any length is read in bounded memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from newsevents.records import Article

TARGET_CHARS = 48_000  # about eight Guardian articles: a second or two of coding
MAX_ARTICLES = 16  # the coder's parse batch; more gains nothing


def balanced_partitions(
    articles: Iterable[Article], workers: int, target_chars: int = TARGET_CHARS
) -> Iterator[list[Article]]:
    """The articles in input order, cut into partitions of at most ``target_chars``
    characters (or one article), smaller towards the end of the stream."""
    incoming = iter(articles)
    ahead: deque[Article] = deque()
    ahead_chars = 0
    look_ahead = 2 * workers * target_chars
    exhausted = False
    while True:
        while not exhausted and ahead_chars < look_ahead:
            article = next(incoming, None)
            if article is None:
                exhausted = True
            else:
                ahead.append(article)
                ahead_chars += len(article.text)
        if not ahead:
            return
        # before the end ahead_chars >= look_ahead, so this is target_chars
        limit = min(target_chars, ahead_chars // (2 * workers))
        partition = [ahead.popleft()]
        size = len(partition[0].text)
        while ahead and len(partition) < MAX_ARTICLES and size + len(ahead[0].text) <= limit:
            size += len(ahead[0].text)
            partition.append(ahead.popleft())
        ahead_chars -= size
        yield partition
