package claims

// extractPeople finds the people a document names.
func (a *analysis) extractPeople() {}
