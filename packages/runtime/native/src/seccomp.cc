#include "binding.h"

namespace tsc {
void InitSeccomp(Napi::Env env, Napi::Object exports) {
  (void)env;
  (void)exports;
}
}  // namespace tsc
