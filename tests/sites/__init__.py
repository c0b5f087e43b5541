"""Tests of the site and platform plugins; the real pages and their expected JSON sit beside them."""
