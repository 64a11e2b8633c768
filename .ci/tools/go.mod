module github.com/claimlint/claimlint/tools

go 1.26.0
