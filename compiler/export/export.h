// export.h — export data (gc's iexport/iimport): what an importer needs of a
// compiled package, so that a package whose code sits in the build cache is
// never compiled again — not even its front end.
//
// It records every package-level object (exported or not: the inliner's
// bodies will refer to unexported ones), the types they use, and for every
// function its parameters and escape tags (gc's leak summaries), so that an
// importer's escape analysis reads the callee's verdicts exactly as when
// both packages are compiled in one process.
//
// The format is text, one record per line, for students to read (the
// cache keeps it as DIR/xx/KEY.x; `-gcflags=-d=export` prints it):
//
//   escgo export 5
//   package registry example.com/tool/v2/internal/registry
//   files 1                                the files of the positions below
//   file "/home/u/tool/internal/registry/square.go" "./internal/registry/square.go"
//   types 16
//   type 3 named registry Square 15 1 Area 0 4 example.com/... example.com/...Square.Area
//   type 4 func 0 0 1 - float64 -         variadic, params, results (name type FILE:LINE:COL)
//   type 5 func 0 1 side float64 1:9:18 1 - *Square 1:9:30
//   type 6 ptr 3
//   type 10 ext example.com/tool/v2/format Shape
//   type 15 struct 1 Side float64 0 example.com/tool/v2/internal/registry
//   func example.com/...registry.NewSquare NewSquare 0 0 13 1 1 14   inline cost (-1: no)
//   param side float64 -1 -1 -1 -1 -1 -1 -1 -1     escape tag: heap, results 0..6
//   result ~r0 6
//   obj func NewSquare 13 example.com/...registry.NewSquare
//   init example.com/tool/v2/internal/registry.init
//   end
//
// After that `end`, the bodies of the inlinable functions, then a second
// `end` (body_write.c has their format; export_read_inline reads them).
//
// A func type's parameters and results say where they are declared (or -),
// which -m=2 prints for a wrapper an importer's type makes of a method:
// gc's `$GOROOT/src/io/io.go:84:7: parameter p leaks to {heap}`.
//
// A type is a predeclared name (int, byte, error, any, untyped-float, ...)
// or the number of its `type` line: ptr, slice, array, map, chan, func,
// struct, tuple, iface; `named` for a type declared in the package (with its
// methods and their functions' link names), `ext PATH NAME` for another Go
// package's, `inst PATH NAME
// N TARGS` for a generic type's instance (one a package of this build made). A named type is
// numbered before its underlying type is read, so types may refer to
// themselves. A package whose API needs a type declared inside a function
// has no export data (its importers compile it again); one that declares
// generics has, but only for its importers in the same build (its generic
// declarations are `generic NAME` lines, which export_read refuses).
#ifndef ESCGO_EXPORT_H
#define ESCGO_EXPORT_H

#include "escape/escape.h"
#include "inline/inline.h"

// The export data of package pkg, checked, lowered and analysed into prog.
char *export_write(Package *pkg, Program *prog);

// Does the package of this export data declare generics? Its importers
// instantiate them from the package compiled in this build: it is never
// stored in, nor read from, the build cache.
bool export_declares_generics(const char *data);

// Reads export data back: a Package whose scope holds the objects (with
// their IR functions and globals, bodiless, tagged) and a Program listing
// those functions, globals and the package's init. imports: the Package*
// already loaded, by path. NULL and *err set if the data is malformed.
Package *export_read(const char *data, Vec imports, Program **prog, char **err);

// The inline bodies export data carries (written by export_write for pkg),
// read against pkg as it is loaded — compiled in this process (prog its
// program) or read by export_read — and handed to the inliner
// (inline_import_body). known: the packages loaded before it. false and
// *err set if they are malformed.
bool export_read_inline(const char *data, Package *pkg, Program *prog, Vec known, char **err);

#endif
