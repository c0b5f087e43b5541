"""Tests of article images, their captions and photo credits."""
