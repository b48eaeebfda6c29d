"""Pure text algorithms: layout, sentences, numbers, dates, abbreviations, matching."""
