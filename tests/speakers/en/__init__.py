"""English speakers: name boundaries, roles, pronouns, unnamed sources."""
