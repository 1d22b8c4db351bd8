/* container.c: placeholder, see container.h / spec.h */
#include "spec.h"
