# What the bench scripts share (sourced by compare.sh, attention/compare.sh and check-cost.sh).

# field NAME LINE: the value of " NAME=value" in a result line, or empty
field() { sed -n "/ $1=/{s/.* $1=\\([^ ]*\\).*/\\1/p;q;}" <<<"$2"; }

# median [EMPTY]: the median of the numbers on standard input (separated by blanks or lines), or EMPTY (default:
# nothing) when there are none
median() {
    tr ' ' '\n' | { grep -v '^$' || true; } | sort -g | awk -v empty="${1:-}" '{ v[NR] = $1 } END {
        if (NR == 0) print empty; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
