#ifndef VERSEGRAPH_CLIBXML2_SHIM_H
#define VERSEGRAPH_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its encoding.h then includes <unicode/ucnv.h>, whose
// UErrorCode clashes with Foundation's own ICU module and breaks clean debug builds.
// versegraph hands libxml2 UTF-8 only, so the ICU converters are never needed.
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

// `xmlFree` is a mutable global function pointer, which Swift 6 rejects as shared mutable state.
static inline void vg_xmlFree(void *pointer) { xmlFree(pointer); }

// `xmlParserVersion` is a macro that Swift cannot import.
static inline const char *vg_xmlParserVersion(void) { return xmlParserVersion; }

#endif
