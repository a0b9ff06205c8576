#include "ui/mapview/map_view.h"
