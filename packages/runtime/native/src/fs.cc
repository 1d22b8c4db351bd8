#include "binding.h"

namespace tsc {
void InitFs(Napi::Env env, Napi::Object exports) {
  (void)env;
  (void)exports;
}
}  // namespace tsc
