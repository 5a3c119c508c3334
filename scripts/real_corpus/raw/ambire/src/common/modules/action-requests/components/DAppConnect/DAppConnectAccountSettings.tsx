import React, { FC, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { View } from 'react-native'
import { useModalize } from 'react-native-modalize'

import { Dapp } from '@ambire-common/interfaces/dapp'
import BottomSheet from '@common/components/BottomSheet'
import ModalHeader from '@common/components/BottomSheet/ModalHeader'
import Button from '@common/components/Button'
import FooterGlassView from '@common/components/FooterGlassView'
import { createGlobalTooltipDataSet } from '@common/components/GlobalTooltip'
import DAppAccountList from '@common/modules/dapp-catalog/components/DAppAccountList'
import ToggleDAppScopedAccounts from '@common/modules/dapp-catalog/components/ToggleDAppScopedAccounts'
import useDAppAccountPreferences from '@common/modules/dapp-catalog/hooks/useDAppAccountPreferences'
import spacings from '@common/styles/spacings'
import flexbox from '@common/styles/utils/flexbox'

type Props = Pick<Dapp, 'id' | 'accountPreferences'>

const DAppConnectAccountSettings: FC<Props> = ({ id, accountPreferences }) => {
  const { ref, open, close } = useModalize()
  const { t } = useTranslation()
  const {
    accounts,
    selectedAccount,
    orderedAccountList,
    localPreferences,
    toggleSelectAccount,
    toggleOnlyConnectWithSomeAccounts,
    updateOrderedAccountList,
    updateLocalPreferences,
    save
  } = useDAppAccountPreferences(id, 'dappToConnect', accountPreferences)
  const isContinueDisabled = !!localPreferences?.enabled && !localPreferences.accounts.length

  const handleOpenBottomSheet = useCallback(() => {
    open()
    updateLocalPreferences(accountPreferences)
    // Update the order
    updateOrderedAccountList()
  }, [open, updateLocalPreferences, accountPreferences, updateOrderedAccountList])

  const handleCloseBottomSheet = useCallback(
    (saved: boolean) => {
      close()

      // Reset to original preferences if the user didn't save
      if (!saved) updateLocalPreferences(accountPreferences)
    },
    [accountPreferences, close, updateLocalPreferences]
  )

  // No need to display this if there is only 1 account available, as there is no choice to be made.
  if (accounts.length <= 1 || !selectedAccount) return null

  return (
    <>
      <ToggleDAppScopedAccounts
        enabled={!!accountPreferences?.enabled}
        selectedCount={accountPreferences?.accounts.length || 0}
        onToggle={toggleOnlyConnectWithSomeAccounts}
        onOpenAccountSelector={handleOpenBottomSheet}
      />
      <BottomSheet
        id="dapp-connect-account-selector"
        sheetRef={ref}
        style={{ maxWidth: 624, ...spacings.pb0 }}
        containerInnerWrapperStyles={flexbox.flex1}
        closeBottomSheet={() => handleCloseBottomSheet(false)}
        isScrollEnabled={false}
      >
        <ModalHeader title={t('Select which accounts you want to connect with the app')} />
        <DAppAccountList
          accounts={orderedAccountList}
          allowedAccounts={localPreferences?.accounts || []}
          onToggleAccount={toggleSelectAccount}
        />
        <FooterGlassView>
          <Button
            type="secondary"
            text={t('Cancel')}
            onPress={() => handleCloseBottomSheet(false)}
            hasBottomSpacing={false}
            style={{ ...spacings.mrLg, width: 120 }}
          />
          <View
            dataSet={createGlobalTooltipDataSet({
              id: 'dapp-connect-account-selector-continue-button-tooltip',
              hidden: !isContinueDisabled,
              content: t('Please select an account to connect')
            })}
          >
            <Button
              onPress={() => {
                save()
                handleCloseBottomSheet(true)
              }}
              style={{ width: 160 }}
              text={t('Continue')}
              hasBottomSpacing={false}
              disabled={isContinueDisabled}
            />
          </View>
        </FooterGlassView>
      </BottomSheet>
    </>
  )
}

export default React.memo(DAppConnectAccountSettings)
