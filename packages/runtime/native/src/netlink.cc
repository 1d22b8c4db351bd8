#include "binding.h"

namespace tsc {
void InitNetlink(Napi::Env env, Napi::Object exports) {
  (void)env;
  (void)exports;
}
}  // namespace tsc
