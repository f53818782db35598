/* SPDX-License-Identifier: Apache-2.0 */
/* The interface between jixiao and its optional PDF reader plugin.
 *
 * jixiao's core is Apache-2.0 and never links a PDF library. PDF support is a
 * separate shared library, libjixiao_pdf.so (GPL, because it links poppler),
 * loaded at run time with dlopen. It exports one function, jx_pdf_plugin_v1(),
 * returning this table. The plugin only extracts what the PDF draws — every
 * glyph with its box and the thin filled or stroked rectangles that print
 * table borders — as plain data; the core rebuilds rows and cells from that
 * (src/pdfgrid/), so any other extractor can stand in for poppler by exporting
 * the same function.
 *
 * Coordinates are PDF points with the origin at the page's top left, y growing
 * downwards, on the page as displayed (its /Rotate applied). Plain C, no
 * allocation crosses the boundary except the content the plugin frees itself.
 */
#ifndef JIXIAO_PDF_PLUGIN_H
#define JIXIAO_PDF_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define JX_PDF_PLUGIN_ABI 1
#define JX_PDF_PLUGIN_SYMBOL "jx_pdf_plugin_v1"

/* One character as drawn. Glyphs come in the extractor's reading order, page by page. */
typedef struct jx_pdf_glyph {
  uint32_t page;          /* 1-based */
  uint32_t text_offset;   /* its UTF-8 text: content.text[text_offset, +text_length) */
  uint32_t text_length;
  uint8_t word_end;       /* the extractor ends a word after this glyph */
  uint8_t space_after;    /* ... and a space follows that word */
  uint8_t rotation;       /* 0 upright; 1, 2, 3 quarter turns (vertical text) */
  uint8_t reserved;
  double x0, y0, x1, y1;  /* the glyph's box */
  double font_size;
} jx_pdf_glyph;

/* A filled or stroked thin rectangle: a table border or an underline, as its box. */
typedef struct jx_pdf_rule {
  uint32_t page;
  uint32_t reserved;
  double x0, y0, x1, y1;
} jx_pdf_rule;

typedef struct jx_pdf_page_size {
  double width, height;
  uint32_t images;  /* images drawn on the page (a scan has some and no glyphs) */
  uint32_t reserved;
} jx_pdf_page_size;

typedef struct jx_pdf_content {
  uint32_t page_count;
  const jx_pdf_page_size *pages;  /* page_count entries; pages[0] is page 1 */
  size_t glyph_count;
  const jx_pdf_glyph *glyphs;
  size_t rule_count;
  const jx_pdf_rule *rules;
  const char *text;  /* every glyph's UTF-8 text, back to back */
  size_t text_length;
  void *plugin_private;  /* the plugin's own; free_content uses it */
} jx_pdf_content;

typedef enum jx_pdf_status {
  JX_PDF_OK = 0,
  JX_PDF_DAMAGED = 1,    /* not a readable PDF, or a page that cannot be read */
  JX_PDF_ENCRYPTED = 2,  /* needs a password */
  JX_PDF_LIMIT = 3,      /* a limit of jx_pdf_limits exceeded */
  JX_PDF_NOMEM = 4,
  JX_PDF_INTERNAL = 5
} jx_pdf_status;

/* Zero members mean "no limit" only where noted; the core always passes its own. */
typedef struct jx_pdf_limits {
  uint32_t struct_size;  /* sizeof(jx_pdf_limits) */
  uint32_t max_pages;    /* pages in the document */
  uint64_t max_glyphs;   /* glyphs over all pages */
  uint64_t max_rules;    /* rules over all pages */
  double max_seconds;    /* wall-clock time spent reading; 0: none */
  /* Added after ABI 1's first release: read only when struct_size covers it. */
  uint64_t max_objects;  /* indirect objects in the cross-reference table; 0: none */
} jx_pdf_limits;

typedef struct jx_pdf_failure {
  uint32_t page;       /* 1-based page the failure is on, 0 for the document */
  char message[512];   /* English, NUL-terminated */
} jx_pdf_failure;

typedef struct jx_pdf_plugin_v1_table {
  uint32_t struct_size;  /* sizeof(jx_pdf_plugin_v1) */
  uint32_t abi;          /* JX_PDF_PLUGIN_ABI */
  const char *backend;   /* "poppler 22.12.0" */
  const char *licence;   /* SPDX expression of the plugin's licence */
  /* Reads the PDF in bytes[0, length). On JX_PDF_OK *out is the content, to be
   * freed with free_content; otherwise *failure says what and where. Never
   * throws; safe to call from several threads at once. */
  jx_pdf_status (*read)(const void *bytes, size_t length, const jx_pdf_limits *limits, jx_pdf_content **out,
                        jx_pdf_failure *failure);
  void (*free_content)(jx_pdf_content *content);
} jx_pdf_plugin_v1_table;

typedef const jx_pdf_plugin_v1_table *(*jx_pdf_plugin_v1_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* JIXIAO_PDF_PLUGIN_H */
