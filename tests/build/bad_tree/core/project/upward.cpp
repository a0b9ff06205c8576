#include "ui/x/widget.h"
