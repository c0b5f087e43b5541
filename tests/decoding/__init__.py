"""Tests of bytes to text: encodings, byte-order marks, gzip."""
