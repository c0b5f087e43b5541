"""Chinese speakers: names the segmenter cuts, roles, pronouns, unnamed sources."""
