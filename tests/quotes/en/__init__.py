"""English quotes and reports: cues, where a reported clause starts and ends."""
