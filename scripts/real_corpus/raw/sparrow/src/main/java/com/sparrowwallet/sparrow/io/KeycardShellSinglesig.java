package com.sparrowwallet.sparrow.io;

import com.sparrowwallet.drongo.Network;
import com.sparrowwallet.drongo.policy.PolicyType;
import com.sparrowwallet.drongo.protocol.ScriptType;
import com.sparrowwallet.drongo.wallet.Keystore;
import com.sparrowwallet.drongo.wallet.WalletModel;

import java.io.InputStream;

public class KeycardShellSinglesig extends KeystoneSinglesig {
    @Override
    public String getName() {
        return "Keycard Shell";
    }

    @Override
    public String getKeystoreImportDescription(int account) {
        return "Import QR created on your Keycard Shell by selecting Connect software wallet > Bitcoin" + (Network.getCanonical() == Network.TESTNET ? " Testnet" : "");
    }

    @Override
    public WalletModel getWalletModel() {
        return WalletModel.KEYCARD_SHELL;
    }

    @Override
    public Keystore getKeystore(PolicyType policyType, ScriptType scriptType, InputStream inputStream, String password) throws ImportException {
        Keystore keystore = super.getKeystore(policyType, scriptType, inputStream, password);
        keystore.setLabel("Keycard Shell");

        return keystore;
    }

    @Override
    public boolean isFileFormatAvailable() {
        return false;
    }

    @Override
    public boolean isWalletImportFileFormatAvailable() {
        return false;
    }
}
