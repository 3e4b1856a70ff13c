"""Near-duplicate detection of article texts: word shingles and MinHash.

A machine-rewritten copy of a wire story swaps some words for synonyms but keeps
most short word sequences, so the Jaccard similarity of the two texts' sets of
word pairs stays far above that of two independent reports of the same event.
MinHash estimates that similarity from a fixed-size signature, and banding the
signature (locality-sensitive hashing) finds the candidate copies of a new
article without comparing it with every stored one.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

SHINGLE_WORDS = 2
NUM_PERMUTATIONS = 128
ROWS_PER_BAND = 2  # 64 bands: a pair at Jaccard 0.2 shares a band with probability 0.93, at 0.3 > 0.99
# Calibrated by benchmarks/copy_calibration.py (docs/store.md): real wire copies
# score 0.34-0.59, garbled copies of real articles mostly 0.2-0.6, different
# stories at most 0.16 (0.12 on the same day); one pair of 30,876 reaches 0.21.
DUPLICATE_THRESHOLD = 0.2
# Below this many word pairs a text is too short to call a copy of another.
MIN_SHINGLES = 8
# The Mersenne prime 2^31-1: with 32-bit hashes a*x fits in uint64, and the
# minimum hashes fit in uint32, halving the stored signatures.
_PRIME = (1 << 31) - 1
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of runs of ``size`` consecutive words, lower-cased."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # A fixed seed: signatures stored in a database must stay comparable.
    generator = np.random.default_rng(20210930)
    multipliers = generator.integers(1, _PRIME, NUM_PERMUTATIONS, dtype=np.uint64)
    offsets = generator.integers(0, _PRIME, NUM_PERMUTATIONS, dtype=np.uint64)
    return multipliers, offsets


def _stable_hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=4).digest(), "little")


def minhash_signature(text: str) -> np.ndarray | None:
    """``NUM_PERMUTATIONS`` minimum hashes of the text's shingles (uint32), or
    None for a text too short to compare."""
    pairs = shingles(text)
    if len(pairs) < MIN_SHINGLES:
        return None
    hashes = np.fromiter((_stable_hash(s) for s in pairs), dtype=np.uint64, count=len(pairs))
    multipliers, offsets = _permutations()
    prime = np.uint64(_PRIME)
    permuted = ((multipliers[:, None] * hashes[None, :]) % prime + offsets[:, None]) % prime
    return permuted.min(axis=1).astype(np.uint32)


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """The share of equal minimum hashes: an estimate of the Jaccard similarity."""
    return float(np.mean(first == second))


def band_keys(signature: np.ndarray) -> list[int]:
    """One key per band of ``ROWS_PER_BAND`` hashes (and the band's number), as
    signed 63-bit integers for SQLite; copies share at least one key."""
    bands = signature.astype(np.uint64).reshape(-1, ROWS_PER_BAND)
    keys = np.arange(len(bands), dtype=np.uint64)
    for column in range(ROWS_PER_BAND):
        # Multiply-xor mixing: overflow wraps around, which is what a hash wants.
        keys = (keys * np.uint64(0x9E3779B97F4A7C15)) ^ bands[:, column]
    keys = (keys * np.uint64(0xBF58476D1CE4E5B9)) >> np.uint64(1)
    return keys.tolist()
