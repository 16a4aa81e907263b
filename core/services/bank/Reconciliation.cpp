#include "Reconciliation.h"
