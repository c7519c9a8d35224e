# Lab 03 — interface boxing and fmt: values passed as ...any escape.
def grade(lab):
    lab.test_passes('Render still writes the same text', 4, '^TestRender$',
                    'the format is name=value; with value in decimal')
    lab.test_passes('Render allocates at most once per call (the builder)', 8, '^TestRenderAllocs$',
                    'fmt.Fprintf takes ...any: each argument is boxed, and the builder, passed as an '
                    'io.Writer, is moved to the heap; write with sb.WriteString and strconv.AppendInt '
                    'into a stack array instead')
    lab.m_output('the builder stays on the stack and nothing is boxed (-m -l)', 4, '-m -l', [],
                 [r'moved to heap: sb', r'report\.go:.*\.\.\. argument escapes'],
                 'look for "moved to heap: sb" and "... argument" in escgo build -gcflags="-m -l"')
