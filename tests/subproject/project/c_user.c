/* SPDX-License-Identifier: Apache-2.0 */
/* The C ABI from a parent project that builds jixiao's sources itself. */
#include <stdio.h>
#include <string.h>

#include "jixiao.h"

int main(void) {
  printf("jixiao %s\n", jx_version_string());
  return jx_version_number() == JX_VERSION_NUMBER && strcmp(jx_version_string(), JX_VERSION_STRING) == 0 ? 0 : 1;
}
