#include "DepositMatcher.h"
