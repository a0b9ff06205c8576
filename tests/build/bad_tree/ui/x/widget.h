#include "app/cli/main.h"
