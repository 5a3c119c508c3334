<?php

/**
 * breadcrumbs.php
 * Copyright (c) 2019 james@firefly-iii.org
 *
 * This file is part of Firefly III (https://github.com/firefly-iii).
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU Affero General Public License as
 * published by the Free Software Foundation, either version 3 of the
 * License, or (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU Affero General Public License for more details.
 *
 * You should have received a copy of the GNU Affero General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 */

// Ignore this comment

declare(strict_types=1);

return [
    'home'                   => 'Home',
    'budgets'                => 'Budgets',
    'subscriptions'          => 'Subscriptions',
    'transactions'           => 'Transactions',
    'title_expenses'         => 'Expenses',
    'title_withdrawal'       => 'Expenses',
    'title_revenue'          => 'Revenue / income',
    'title_deposit'          => 'Revenue / income',
    'title_transfer'         => 'Transfers',
    'title_transfers'        => 'Transfers',
    'edit_currency'          => 'Edit currency ":name"',
    'delete_currency'        => 'Delete currency ":name"',
    'newPiggyBank'           => 'Create a new piggy bank',
    'edit_piggyBank'         => 'Edit piggy bank ":name"',
    'preferences'            => 'Preferences',
    'profile'                => 'Profile',
    'accounts'               => 'Accounts',
    'changePassword'         => 'Change your password',
    'change_email'           => 'Change your email address',
    'bills'                  => 'Bills',
    'newBill'                => 'New bill',
    'edit_bill'              => 'Edit bill ":name"',
    'delete_bill'            => 'Delete bill ":name"',
    'reports'                => 'Reports',
    'search_result'          => 'Search results for ":query"',
    'withdrawal_list'        => 'Expenses',
    'Withdrawal_list'        => 'Expenses',
    'deposit_list'           => 'Revenue, income and deposits',
    'transfer_list'          => 'Transfers',
    'transfers_list'         => 'Transfers',

    // Ignore this comment

    'reconciliation_list'    => 'Reconciliations',
    'create_withdrawal'      => 'Create new withdrawal',
    'create_deposit'         => 'Create new deposit',
    'create_transfer'        => 'Create new transfer',
    'create_new_transaction' => 'Create a new transaction',
    'edit_journal'           => 'Edit transaction ":description"',
    'edit_reconciliation'    => 'Edit ":description"',
    'delete_journal'         => 'Delete transaction ":description"',
    'delete_group'           => 'Delete transaction ":description"',
    'tags'                   => 'Tags',
    'createTag'              => 'Create new tag',
    'edit_tag'               => 'Edit tag ":tag"',
    'delete_tag'             => 'Delete tag ":tag"',
    'delete_journal_link'    => 'Delete link between transactions',
    'edit_object_group'      => 'Edit group ":title"',
    'delete_object_group'    => 'Delete group ":title"',
    'logout_others'          => 'Logout other sessions',
    'asset_accounts'         => 'Asset accounts',
    'expense_accounts'       => 'Expense accounts',
    'revenue_accounts'       => 'Revenue accounts',
    'liabilities_accounts'   => 'Liabilities',
    'placeholder'            => '[Placeholder]',
];
