package text

// EditDistance is the number of letters to insert, delete, replace or swap
// with the next one to turn a into b.
func EditDistance(a, b []rune) int {
	// Three rows of the table, on the stack for words as long as names.
	var short [3 * 32]int
	n := len(b) + 1
	rows := short[:]
	if 3*n > len(short) {
		rows = make([]int, 3*n)
	}
	prev2, prev, cur := rows[:n], rows[n:2*n], rows[2*n:3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// Closest returns the candidate closest to word when it is at most two
// edits away, the first of the closest on a tie, or "": the suggestion of a
// "did you mean" for a mistyped key, flag or command.
func Closest(word string, candidates []string) string {
	if word == "" {
		return ""
	}
	best, bestDist := "", 3
	for _, c := range candidates {
		if d := EditDistance([]rune(word), []rune(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}
