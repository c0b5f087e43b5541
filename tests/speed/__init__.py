"""Tests that speed shortcuts answer exactly as the long way does."""
