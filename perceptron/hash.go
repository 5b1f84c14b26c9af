package perceptron

import (
	"unicode"
	"unicode/utf8"
)

// Feature hashing: every feature is a 64-bit hash of its template and its values, folded
// into a row of the weight table. Strings are hashed in place, never copied.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// HashString returns the FNV-1a hash of s.
func HashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// HashNorm returns the hash of s lower-cased, with every digit read as 0, so that "1996"
// and "2004" or "BLAIR" and "Blair" share a hash.
func HashNorm(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		r = unicode.ToLower(r)
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:n] {
			h = (h ^ uint64(b)) * fnvPrime
		}
		i += size
	}
	return h
}

// lowerByte lower-cases an ASCII letter and reads every digit as 0.
func lowerByte(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case '0' <= c && c <= '9':
		return '0'
	}
	return c
}

// HashAffix returns the hash of the lower-cased prefix (n > 0) or suffix (n < 0) of s of
// |n| bytes, or of s itself when it is shorter.
func HashAffix(s string, n int) uint64 {
	h := uint64(fnvOffset)
	if n > 0 {
		if n > len(s) {
			n = len(s)
		}
		for i := 0; i < n; i++ {
			h = (h ^ uint64(lowerByte(s[i]))) * fnvPrime
		}
		return h
	}
	k := len(s) + n
	if k < 0 {
		k = 0
	}
	for i := k; i < len(s); i++ {
		h = (h ^ uint64(lowerByte(s[i]))) * fnvPrime
	}
	return h
}

// Mix combines two hashes into one (a step of splitmix64 over their sum).
func Mix(a, b uint64) uint64 {
	z := a*0x9e3779b97f4a7c15 + b + 0x632be59bd9b4e019
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Shapes returns hashes of the word's shape: letters as X or x, digits as d, other
// characters as themselves; long keeps up to four of a run ("Xxxxx" for "Blairite"), short
// keeps one ("Xx").
func Shapes(s string) (long, short uint64) {
	long, short = fnvOffset, fnvOffset
	var last byte
	run := 0
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var k byte
		switch {
		case 'A' <= c && c <= 'Z':
			k = 'X'
		case 'a' <= c && c <= 'z':
			k = 'x'
		case '0' <= c && c <= '9':
			k = 'd'
		case c < utf8.RuneSelf:
			k = c
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsUpper(r):
				k = 'X'
			case unicode.IsLetter(r):
				k = 'x'
			case unicode.IsDigit(r):
				k = 'd'
			default:
				k = '*'
			}
		}
		i += size
		if k == last {
			run++
		} else {
			run = 1
			last = k
			short = (short ^ uint64(k)) * fnvPrime
		}
		if run <= 4 {
			long = (long ^ uint64(k)) * fnvPrime
		}
	}
	return long, short
}

// Capitalisation classes of a word, as CapClass gives them.
const (
	CapNone   = iota // no letters
	CapLower         // all lower case
	CapInit          // first letter upper, others lower
	CapAll           // all upper case, two letters or more
	CapMixed         // anything else: "McDonald", "iPod"
	CapSingle        // one capital letter and no other letters: "A", "J."
)

// CapClass returns the capitalisation class of a word.
func CapClass(s string) uint64 {
	upper, lower, firstUpper := 0, 0, false
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			if i == 0 {
				firstUpper = true
			}
		case unicode.IsLower(r):
			lower++
		}
	}
	switch {
	case upper == 0 && lower == 0:
		return CapNone
	case upper == 0:
		return CapLower
	case lower == 0 && upper == 1:
		return CapSingle
	case lower == 0:
		return CapAll
	case firstUpper && upper == 1:
		return CapInit
	}
	return CapMixed
}
