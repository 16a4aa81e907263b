#include "DepositorName.h"
