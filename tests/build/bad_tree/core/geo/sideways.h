#include "core/project/project.h"
