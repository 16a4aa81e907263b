#include "BankColumns.h"
