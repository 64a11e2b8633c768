package claims

// extractQuotes finds direct quotes and attributes them to their speakers.
func (a *analysis) extractQuotes() {}
