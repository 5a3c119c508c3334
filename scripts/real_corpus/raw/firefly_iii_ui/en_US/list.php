<?php

/**
 * list.php
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
    'buttons'                 => 'Buttons',
    'icon'                    => 'Icon',
    'id'                      => 'ID',
    'create_date'             => 'Created at',
    'update_date'             => 'Updated at',
    'updated_at'              => 'Updated at',
    'balance_before'          => 'Balance before',
    'balance_after'           => 'Balance after',
    'name'                    => 'Name',
    'role'                    => 'Role',
    'currentBalance'          => 'Current balance',
    'linked_to_rules'         => 'Relevant rules',
    'active'                  => 'Is active?',
    'percentage'              => 'pct.',
    'recurring_transaction'   => 'Recurring transaction',
    'next_due'                => 'Next due',
    'transaction_type'        => 'Type',
    'lastActivity'            => 'Last activity',
    'balanceDiff'             => 'Balance difference',
    'other_meta_data'         => 'Other meta data',
    'invited_at'              => 'Invited at',
    'expires'                 => 'Invitation expires',
    'invited_by'              => 'Invited by',
    'invite_link'             => 'Invite link',
    'account_type'            => 'Account type',
    'created_at'              => 'Created at',
    'account'                 => 'Account',
    'external_url'            => 'External URL',
    'matchingAmount'          => 'Amount',
    'destination'             => 'Destination',
    'source'                  => 'Source',
    'next_expected_match'     => 'Next expected match',
    'automatch'               => 'Auto match?',
    'drag_and_drop'           => 'Drag and drop',
    'number'                  => 'Account number',
    'current_balance'         => 'Current balance',
    'last_activity'           => 'Last activity',
    'amount_due'              => 'Amount due',
    'balance_difference'      => 'Balance difference',
    'menu'                    => 'Menu',

    // Ignore this comment

    'repeat_freq'             => 'Repeats',
    'description'             => 'Description',
    'amount'                  => 'Amount',
    'date'                    => 'Date',
    'interest_date'           => 'Interest date',
    'book_date'               => 'Book date',
    'process_date'            => 'Processing date',
    'due_date'                => 'Due date',
    'payment_date'            => 'Payment date',
    'invoice_date'            => 'Invoice date',
    'internal_reference'      => 'Internal reference',
    'notes'                   => 'Notes',
    'from'                    => 'From',
    'piggy_bank'              => 'Piggy bank',
    'to'                      => 'To',
    'budget'                  => 'Budget',
    'category'                => 'Category',
    'bill'                    => 'Bill',
    'withdrawal'              => 'Withdrawal',
    'deposit'                 => 'Deposit',
    'transfer'                => 'Transfer',
    'type'                    => 'Type',
    'completed'               => 'Completed',
    'iban'                    => 'IBAN',
    'account_number'          => 'Account number',
    'paid_current_period'     => 'Paid this period',
    'email'                   => 'Email',
    'registered_at'           => 'Registered at',
    'is_blocked'              => 'Is blocked',
    'is_admin'                => 'Is admin',
    'has_two_factor'          => 'Has 2FA',
    'blocked_code'            => 'Block code',
    'source_account'          => 'Source account',
    'destination_account'     => 'Destination account',
    'accounts_count'          => 'Number of accounts',
    'journals_count'          => 'Number of transactions',
    'attachments_count'       => 'Number of attachments',
    'bills_count'             => 'Number of bills',
    'categories_count'        => 'Number of categories',
    'budget_count'            => 'Number of budgets',
    'rule_and_groups_count'   => 'Number of rules and rule groups',
    'tags_count'              => 'Number of tags',
    'tags'                    => 'Tags',
    'inward'                  => 'Inward description',
    'outward'                 => 'Outward description',
    'number_of_transactions'  => 'Number of transactions',
    'total_amount'            => 'Total amount',
    'sum'                     => 'Sum',
    'sum_excluding_transfers' => 'Sum (excluding transfers)',
    'sum_withdrawals'         => 'Sum of withdrawals',
    'sum_deposits'            => 'Sum of deposits',
    'sum_transfers'           => 'Sum of transfers',
    'sum_reconciliations'     => 'Sum of reconciliations',
    'reconcile'               => 'Reconcile',
    'sepa_ct_id'              => 'SEPA End to End Identifier',
    'sepa_ct_op'              => 'SEPA Opposing Account Identifier',
    'sepa_db'                 => 'SEPA Mandate Identifier',
    'sepa_country'            => 'SEPA Country',
    'sepa_cc'                 => 'SEPA Clearing Code',
    'sepa_ep'                 => 'SEPA External Purpose',
    'sepa_ci'                 => 'SEPA Creditor Identifier',
    'sepa_batch_id'           => 'SEPA Batch ID',
    'external_id'             => 'External ID',
    'account_at_bunq'         => 'Account with bunq',
    'file_name'               => 'File name',

    // Ignore this comment

    'file_size'               => 'File size',
    'file_type'               => 'File type',
    'attached_to'             => 'Attached to',
    'file_exists'             => 'File exists',
    'spectre_bank'            => 'Bank',
    'spectre_last_use'        => 'Last login',
    'spectre_status'          => 'Status',
    'bunq_payment_id'         => 'bunq payment ID',
    'repetitions'             => 'Repetitions',
    'title'                   => 'Title',
    'transaction_s'           => 'Transaction(s)',
    'field'                   => 'Field',
    'value'                   => 'Value',
    'interest'                => 'Interest',
    'interest_period'         => 'Interest period',
    'liability_type'          => 'Type of liability',
    'liability_direction'     => 'Liability in/out',
    'end_date'                => 'End date',
    'payment_info'            => 'Payment information',
    'expected_info'           => 'Next expected transaction',
    'start_date'              => 'Start date',
    'trigger'                 => 'Trigger',
    'response'                => 'Response',
    'delivery'                => 'Delivery',
    'url'                     => 'URL',
    'secret'                  => 'Secret',
];
// Ignore this comment
