"""Chinese quotes and reports: cues, quoted spans, where a reported clause ends."""
