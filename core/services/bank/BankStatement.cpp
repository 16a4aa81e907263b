#include "BankStatement.h"
