"""How articles are cut into the partitions sent to workers."""

from __future__ import annotations

from newsevents.partitions import MAX_ARTICLES, balanced_partitions
from newsevents.records import Article


def stream(lengths):
    return [Article(id=f"a{i}", text="x" * length) for i, length in enumerate(lengths)]


def sizes(partitions):
    return [sum(len(article.text) for article in partition) for partition in partitions]


def test_every_article_once_in_input_order():
    articles = stream([300, 50, 900, 20, 20, 400, 5000, 10, 70] * 7)
    partitions = list(balanced_partitions(articles, workers=2, target_chars=1000))
    assert [article.id for partition in partitions for article in partition] == [a.id for a in articles]


def test_partitions_are_bounded_by_characters_and_a_long_article_goes_alone():
    articles = stream([100] * 40 + [5000] + [100] * 40)
    partitions = list(balanced_partitions(articles, workers=2, target_chars=1000))
    assert all(size <= 1000 for size, part in zip(sizes(partitions), partitions, strict=True) if len(part) > 1)
    assert [len(p) for p in partitions if sizes([p])[0] == 5000] == [1]
    assert max(len(p) for p in partitions) <= MAX_ARTICLES


def test_partitions_shrink_towards_the_end_so_no_worker_is_left_with_a_large_one():
    articles = stream([100] * 200)
    lengths = [len(p) for p in balanced_partitions(articles, workers=2, target_chars=1000)]
    assert lengths[0] == 10  # the target while much is left
    assert lengths[-1] == 1
    assert lengths == sorted(lengths, reverse=True)
    # the last partitions together are less than one full partition per worker
    assert sum(lengths[-4:]) < 10


def test_many_short_articles_stop_at_the_parse_batch():
    partitions = list(balanced_partitions(stream([10] * 100), workers=1, target_chars=10_000))
    assert max(len(p) for p in partitions) == MAX_ARTICLES


def test_an_empty_stream_gives_no_partition():
    assert list(balanced_partitions([], workers=2)) == []
