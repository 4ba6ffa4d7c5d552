package sqldump

// Unescape appends the value of a single-quoted literal's raw text.
func Unescape(dst, raw []byte) []byte {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '\\' && i+1 < len(raw):
			i++
			switch e := raw[i]; e {
			case '0':
				dst = append(dst, 0)
			case 'n':
				dst = append(dst, '\n')
			case 'r':
				dst = append(dst, '\r')
			case 't':
				dst = append(dst, '\t')
			case 'b':
				dst = append(dst, '\b')
			case 'Z':
				dst = append(dst, 0x1a)
			case '%', '_': // kept escaped, as MySQL does
				dst = append(dst, '\\', e)
			default:
				dst = append(dst, e)
			}
		case c == '\'' && i+1 < len(raw) && raw[i+1] == '\'':
			dst = append(dst, '\'')
			i++
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// Escape appends val escaped the way mysqldump writes it
// (mysql_real_escape_string: NUL, \n, \r, \, ', " and Ctrl-Z).
func Escape(dst, val []byte) []byte {
	start := 0
	for i, c := range val {
		var e byte
		switch c {
		case 0:
			e = '0'
		case '\n':
			e = 'n'
		case '\r':
			e = 'r'
		case '\\', '\'', '"':
			e = c
		case 0x1a:
			e = 'Z'
		default:
			continue
		}
		dst = append(dst, val[start:i]...)
		dst = append(dst, '\\', e)
		start = i + 1
	}
	return append(dst, val[start:]...)
}
