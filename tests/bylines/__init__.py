"""Tests of bylines and credit lines: who wrote, photographed or edited the article."""
