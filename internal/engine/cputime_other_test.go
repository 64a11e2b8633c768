//go:build !unix

package engine

import "time"

// cpuTime is unknown here: the scale test reports wall-clock time only.
func cpuTime() time.Duration { return 0 }
