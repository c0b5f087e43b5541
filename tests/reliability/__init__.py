"""Tests of hostile input: adversarial cases, fuzzing properties, determinism, errors."""
