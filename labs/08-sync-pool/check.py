# Lab 08 — sync.Pool: what escapes can still be reused.
import os
import re


def grade(lab):
    lab.test_passes('Encode still writes the same frames', 4, '^TestEncode$',
                    'length (4 bytes, big-endian), the record, its xor checksum')
    lab.test_passes('Encode allocates 0 times per call once the pool is warm', 8, '^TestEncodeAllocs$',
                    'the buffer escapes because w.Write is an interface call; get it from a sync.Pool and '
                    'put it back; pool a pointer (*[]byte): putting a []byte boxes its header, one '
                    'allocation per Put (-m: "... escapes to heap")')
    src = ''.join(open(os.path.join(lab.src, f)).read() for f in os.listdir(lab.src)
                  if f.endswith('.go') and not f.endswith('_test.go'))
    code = re.sub(r'//[^\n]*', '', src)   # the comments do not count
    lab.score('Encode uses a sync.Pool', 2, 2 if 'sync.Pool' in code else 0,
              ['a package-level buffer would race between goroutines: use sync.Pool'])
